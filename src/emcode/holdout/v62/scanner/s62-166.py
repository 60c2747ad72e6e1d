from django.http import JsonResponse

from .models import Booking


def bookings(request):
    qs = Booking.objects.all()
    room = request.GET.get("room")
    if room:
        qs = qs.filter(room__name=room)
    date = request.GET.get("date")
    if date:
        qs = qs.filter(starts_at__date=date)
    order = request.GET.get("order", "starts_at")
    if order not in {"starts_at", "-starts_at", "party_size"}:
        order = "starts_at"
    return JsonResponse({"bookings": list(qs.order_by(order).values("id", "party_size", "starts_at"))})
