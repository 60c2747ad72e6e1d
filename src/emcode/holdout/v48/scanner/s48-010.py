from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Hive


@login_required
@require_POST
def retire_hive(request, hive_id):
    Hive.objects.filter(id=hive_id, owner=request.user).update(active=False)
    return JsonResponse({"retired": hive_id})
