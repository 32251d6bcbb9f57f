import type { DealFilter, DealOrder, InvestmentFilter, InvestmentOrder } from '../__generated__/graphql';
import type { Lang } from '../format/format';

type ExportProps = { list: 'investments'; filter: InvestmentFilter; orderBy: InvestmentOrder[] } | { list: 'deals'; filter: DealFilter; orderBy: DealOrder[] };

/**
 * Download links for the rows a list shows: the same filter and order the page sends to the API (the server reads the
 * API's own list), in the interface language, with amounts also in the display currency.
 */
export function ExportLinks(
  props: ExportProps & {
    lang: Lang;
    /** The display currency (USD when the page has none). */
    currency?: string;
    /** A period the server adds to the filter on the records' date (and names the file after). */
    period?: { from: string; to: string } | null;
    labels: { csv: string; xlsx: string };
  },
) {
  const href = (format: 'csv' | 'xlsx') => {
    const q = new URLSearchParams({ lang: props.lang });
    if (Object.keys(props.filter).length) q.set('filter', JSON.stringify(props.filter));
    if (props.orderBy.length) q.set('orderBy', props.orderBy.join(','));
    if (props.period) {
      q.set('from', props.period.from);
      q.set('to', props.period.to);
    }
    if (props.currency) q.set('currency', props.currency);
    return `/export/${props.list}.${format}?${q.toString()}`;
  };
  return (
    <span className="exports">
      <a href={href('csv')} download data-export="csv">
        {props.labels.csv}
      </a>
      <a href={href('xlsx')} download data-export="xlsx">
        {props.labels.xlsx}
      </a>
    </span>
  );
}
