import secrets

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Invite


@login_required
@require_POST
def create_invite(request):
    code = secrets.token_urlsafe(16)
    Invite.objects.create(code=code, created_by=request.user)
    return JsonResponse({"code": code})
