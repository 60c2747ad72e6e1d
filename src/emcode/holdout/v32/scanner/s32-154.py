import random
import string

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Invite


@require_POST
def create_invite(request):
    token = "".join(random.choices(string.ascii_letters + string.digits, k=20))
    Invite.objects.create(email=request.POST["email"], token=token)
    return JsonResponse({"token": token})
