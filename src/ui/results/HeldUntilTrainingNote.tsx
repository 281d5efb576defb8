interface HeldUntilTrainingNoteProps {
  readonly className: string;
  /** The note's `data-testid`, and its button's. */
  readonly testId: string;
  readonly buttonTestId: string;
  readonly text: string;
  readonly buttonText: string;
  readonly onShow: () => void;
}

/** Says that part of a run's results waits for training to end, with a button to see it now. */
export function HeldUntilTrainingNote(props: HeldUntilTrainingNoteProps) {
  return (
    <p className={props.className} role="status" data-testid={props.testId}>
      {props.text}{' '}
      <button type="button" data-testid={props.buttonTestId} onClick={props.onShow}>
        {props.buttonText}
      </button>
    </p>
  );
}
