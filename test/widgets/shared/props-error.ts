import type { z } from 'zod';
import { parseProps, WidgetPropsError } from '../../../components/shared/parse-props';

/** The build error a widget tag with these props would fail with, stamped with `source` (line 12 of the neuron chapter unless given). */
export function propsError(
  schema: z.ZodTypeAny,
  widget: string,
  props: Record<string, unknown>,
  source = 'content/chapters/neuron.mdx:12',
): string {
  try {
    parseProps(schema, { __source: source, ...props }, widget);
  } catch (error) {
    if (error instanceof WidgetPropsError) return error.message;
    throw error;
  }
  throw new Error(`${widget} accepted ${JSON.stringify(props)}`);
}
