import hashlib

from django.http import JsonResponse
from django.views.decorators.http import require_POST

from .models import Member


@require_POST
def member_login(request):
    email = request.POST.get("email", "")
    password = request.POST.get("password", "")
    member = Member.objects.filter(email=email).first()
    if member is None or member.password_md5 != hashlib.md5(password.encode()).hexdigest():
        return JsonResponse({"ok": False}, status=401)
    request.session["member_id"] = member.pk
    return JsonResponse({"ok": True})
