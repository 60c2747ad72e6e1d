import secrets

from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Invite


@login_required
@require_POST
def create_invite(request):
    team = request.user.captain_of
    if team is None:
        return JsonResponse({"error": "only captains can invite"}, status=403)
    code = secrets.token_urlsafe(16)
    Invite.objects.create(team=team, code=code, created_by=request.user)
    return JsonResponse({"invite_url": request.build_absolute_uri(f"/join/{code}")})
