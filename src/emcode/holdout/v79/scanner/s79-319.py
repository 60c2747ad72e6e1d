from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Booking


@login_required
@require_POST
def cancel_booking(request, booking_id):
    Booking.objects.filter(id=booking_id, member=request.user).delete()
    return JsonResponse({"cancelled": booking_id})
