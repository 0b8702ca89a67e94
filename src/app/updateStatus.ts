import { create } from 'zustand';

/** A new version of the app is installed and waiting; `apply` reloads into it when the person chooses. */
export interface UpdateStatus {
  readonly ready: boolean;
  readonly apply: () => void;
}

export const useUpdateStatus = create<UpdateStatus>()(() => ({ ready: false, apply: () => undefined }));
