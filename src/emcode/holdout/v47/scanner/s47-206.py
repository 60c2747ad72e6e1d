import random

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Booking


@login_required
@require_POST
def create_booking(request):
    code = "".join(str(random.randint(0, 9)) for _ in range(8))
    booking = Booking.objects.create(client=request.user, artist_id=int(request.POST["artist"]), access_code=code)
    return JsonResponse({"booking": booking.pk, "access_code": code})
