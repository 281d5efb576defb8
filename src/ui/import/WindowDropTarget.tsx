import { useState, type DragEvent, type ReactNode } from 'react';
import { useAppStore } from '../../state/store';
import { useT } from '../i18n/useT';

function hasFiles(event: DragEvent): boolean {
  return Array.from(event.dataTransfer.types).includes('Files');
}

/** Makes the whole window a drop target for spreadsheet files. */
export function WindowDropTarget({ children }: { children: ReactNode }) {
  const t = useT();
  const importFiles = useAppStore((s) => s.importFiles);
  const [dragging, setDragging] = useState(false);
  return (
    <div
      className="window-drop-target"
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (e.currentTarget === e.target) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        setDragging(false);
        void importFiles(Array.from(e.dataTransfer.files));
      }}
    >
      {children}
      {dragging && (
        <div className="drop-overlay" aria-hidden="true" onDragLeave={() => setDragging(false)}>
          {t('import.dropOverlay')}
        </div>
      )}
    </div>
  );
}
