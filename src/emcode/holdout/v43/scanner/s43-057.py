from django.http import JsonResponse

from .models import Booking


def bookings(request):
    clauses = ["SELECT * FROM planner_booking WHERE 1=1"]
    args = []
    venue = request.GET.get("venue")
    if venue:
        clauses.append("AND venue_name = %s")
        args.append(venue)
    month = request.GET.get("month")
    if month and month.isdigit():
        clauses.append("AND CAST(strftime('%%m', event_date) AS INTEGER) = %s")
        args.append(int(month))
    qs = Booking.objects.raw(" ".join(clauses), args)
    return JsonResponse({"bookings": [b.id for b in qs]})
