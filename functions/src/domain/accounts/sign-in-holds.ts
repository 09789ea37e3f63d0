import { z } from 'zod';

/** Students of a class held back from signing in after wrong passwords, with the seconds left. */
export const SignInHoldsResponse = z.object({
  students: z.array(z.object({ id: z.string(), displayName: z.string(), studentNumber: z.string().optional(), heldSeconds: z.number().int() })),
});
export type SignInHoldsResponse = z.infer<typeof SignInHoldsResponse>;
