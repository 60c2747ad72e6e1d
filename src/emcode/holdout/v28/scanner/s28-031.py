from django.contrib.auth.decorators import permission_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import RoomType


@csrf_exempt
@require_POST
@permission_required("rates.change_roomtype")
def set_rate(request, code):
    room = RoomType.objects.get(code=code)
    room.nightly_rate = request.POST["rate"]
    room.save(update_fields=["nightly_rate"])
    return JsonResponse({"code": room.code, "rate": str(room.nightly_rate)})
