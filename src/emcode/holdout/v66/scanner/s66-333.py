from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Recall


@login_required
@require_POST
def cancel_recall(request, recall_id):
    Recall.objects.filter(id=recall_id, clinic=request.user.clinic).update(status="cancelled")
    return JsonResponse({"ok": True})
