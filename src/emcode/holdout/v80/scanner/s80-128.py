from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Booking


@csrf_exempt
@login_required
@require_POST
def cancel_booking(request, booking_id):
    booking = Booking.objects.get(pk=booking_id, customer=request.user)
    booking.status = "cancelled"
    booking.save()
    return JsonResponse({"cancelled": booking_id})
