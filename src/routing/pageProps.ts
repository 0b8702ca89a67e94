import type { ComponentType } from 'react';
import type { Evaluation } from '../rules/evaluate';
import type { Route } from './route';

/** What every page receives: the route it is at, and the rules' view of the open line. */
export interface PageProps {
  readonly route: Route;
  readonly evaluation: Evaluation;
}
export type Page = ComponentType<PageProps>;
