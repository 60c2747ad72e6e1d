from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Booking


@login_required
@require_POST
def cancel_booking(request, pk):
    updated = Booking.objects.filter(pk=pk, owner=request.user).update(status="cancelled")
    return JsonResponse({"ok": bool(updated)})
