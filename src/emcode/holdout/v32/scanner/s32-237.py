import secrets

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Invite


@login_required
@require_POST
def create_invite(request):
    token = secrets.token_urlsafe(24)
    Invite.objects.create(email=request.POST["email"], token=token, created_by=request.user)
    return JsonResponse({"token": token})
