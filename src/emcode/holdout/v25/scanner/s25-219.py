import bcrypt
from django.http import JsonResponse
from .models import Member


def set_password(member: Member, password: str) -> None:
    member.pw_hash = bcrypt.hashpw(password.encode("utf-8"), bcrypt.gensalt(rounds=12)).decode()
    member.save(update_fields=["pw_hash"])


def login_view(request):
    m = Member.objects.filter(email=request.POST.get("email", "")).first()
    ok = m is not None and bcrypt.checkpw(request.POST.get("password", "").encode(), m.pw_hash.encode())
    return JsonResponse({"ok": ok}, status=200 if ok else 401)
