from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Booking


@csrf_exempt
@login_required
def cancel_booking(request, booking_id):
    if request.method == "POST":
        Booking.objects.filter(id=booking_id, member=request.user).delete()
        return JsonResponse({"cancelled": booking_id})
    return JsonResponse({"error": "POST only"}, status=405)
