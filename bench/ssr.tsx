// Node side of the benchmark (bundled by bench/run.mjs): server rendering of ours and the baseline.
import { renderToString } from 'react-dom/server';
import { ApplicantFeedback, type ApplicantSafeReviewResult, resolveFeedback } from '../src/index';
import { Baseline, initBaseline } from './Baseline';

initBaseline();
const noop = () => {};

export const renderOurs = (result: ApplicantSafeReviewResult) =>
  renderToString(<ApplicantFeedback result={result} onResubmit={noop} />);
export const renderBaseline = (result: ApplicantSafeReviewResult) =>
  renderToString(<Baseline result={result} onResubmit={noop} />);
export * from './cases';
export { resolveFeedback };
