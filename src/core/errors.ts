/** Thrown by `toApplicantSafeResult` when its input is not an object at all. */
export class ApplicantFeedbackInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ApplicantFeedbackInputError';
  }
}
