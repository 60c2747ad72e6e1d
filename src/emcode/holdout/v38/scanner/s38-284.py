from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from .models import Application


@csrf_exempt
@login_required
@require_POST
def withdraw(request, app_id):
    application = Application.objects.get(pk=app_id, applicant=request.user)
    application.status = "withdrawn"
    application.save()
    return JsonResponse({"ok": True})
