import random

from django.http import JsonResponse

from .models import Invite


def create_invite(request):
    code = str(random.randint(100000, 999999))
    Invite.objects.create(code=code, created_by=request.user)
    return JsonResponse({"code": code})
