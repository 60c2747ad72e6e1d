from django.http import JsonResponse

from .models import Booking


def bookings(request):
    clauses = ["SELECT * FROM planner_booking WHERE 1=1"]
    venue = request.GET.get("venue")
    if venue:
        clauses.append("AND venue_name = '%s'" % venue)
    month = request.GET.get("month")
    if month:
        clauses.append("AND strftime('%%m', event_date) = '%s'" % month)
    qs = Booking.objects.raw(" ".join(clauses))
    return JsonResponse({"bookings": [b.id for b in qs]})
