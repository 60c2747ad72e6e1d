from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Recall


@csrf_exempt
@login_required
def cancel_recall(request, recall_id):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    Recall.objects.filter(id=recall_id, clinic=request.user.clinic).update(status="cancelled")
    return JsonResponse({"ok": True})
