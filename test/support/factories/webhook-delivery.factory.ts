import type { ClaimedDelivery } from '../../../libs/webhooks/src/repositories/delivery.repository';
import { DeliveryRepository } from '../../../libs/webhooks/src/repositories/delivery.repository';

interface HasProviders {
  get<T>(type: new (...args: never[]) => T): T;
}

/**
 * What a worker killed right after claiming leaves behind: the due deliveries claimed through the real
 * repository (in flight, leased until `now + leaseMs`) and never sent. Returns them.
 */
export function abandonClaims(app: HasProviders, now: Date, leaseMs: number, limit = 10): Promise<ClaimedDelivery[]> {
  return app.get(DeliveryRepository).claimDue(limit, now, leaseMs);
}
