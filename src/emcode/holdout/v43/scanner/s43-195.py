import uuid

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Booking


@login_required
@require_POST
def create_booking(request):
    ref = uuid.uuid4().hex[:12].upper()
    b = Booking.objects.create(owner=request.user, reference=ref, venue_id=int(request.POST["venue_id"]))
    return JsonResponse({"reference": b.reference}, status=201)
