import { ActivityStatus, type Activity } from '../../domain/activities/activity.entity';

/**
 * What an activity counts against the budget (docs/DOMAIN.md, "The money rules"): what was spent once it is completed, what is
 * planned while it is planned, nothing once it is cancelled. The funding caps sum exactly this.
 */
export function committedCost(activity: Pick<Activity, 'status' | 'plannedCost' | 'actualCost'>): number {
  switch (activity.status) {
    case ActivityStatus.COMPLETED:
      return activity.actualCost ?? 0;
    case ActivityStatus.PLANNED:
      return activity.plannedCost;
    case ActivityStatus.CANCELLED:
      return 0;
  }
}
