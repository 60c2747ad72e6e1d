from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required

from .models import Slot


@csrf_exempt
@login_required
def release_slot(request, slot_id):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    slot = Slot.objects.get(pk=slot_id, owner=request.user)
    slot.owner = None
    slot.save()
    return JsonResponse({"released": slot_id})
