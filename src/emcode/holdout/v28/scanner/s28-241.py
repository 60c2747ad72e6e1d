from decimal import Decimal, InvalidOperation

from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import RoomType


@require_POST
@permission_required("rates.change_roomtype")
def set_rate(request, code):
    room = get_object_or_404(RoomType, code=code)
    try:
        rate = Decimal(request.POST["rate"])
    except (KeyError, InvalidOperation):
        return JsonResponse({"error": "bad rate"}, status=400)
    room.nightly_rate = rate
    room.save(update_fields=["nightly_rate"])
    return JsonResponse({"code": room.code, "rate": str(room.nightly_rate)})
