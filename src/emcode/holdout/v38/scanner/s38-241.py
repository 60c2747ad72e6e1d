from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Application


@login_required
@require_POST
def withdraw(request, app_id):
    application = get_object_or_404(Application, pk=app_id, applicant=request.user)
    application.status = "withdrawn"
    application.save()
    return JsonResponse({"ok": True})
