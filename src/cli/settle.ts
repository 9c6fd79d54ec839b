/** Waiting on two things started side by side. */

/**
 * Both results, once both have settled (so nothing still runs when one fails, such as a
 * backend initializing behind a data error), or the first one's error.
 */
export async function both<A, B>(a: Promise<A>, b: Promise<B>): Promise<[A, B]> {
  const [x, y] = await Promise.allSettled([a, b]);
  if (x.status === 'rejected') throw x.reason;
  if (y.status === 'rejected') throw y.reason;
  return [x.value, y.value];
}
