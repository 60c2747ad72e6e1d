import hashlib
from django.http import JsonResponse
from .models import Account


def change_password(request):
    acct = Account.objects.get(pk=request.user.pk)
    new_pw = request.POST["new_password"]
    hasher = hashlib.new("sha1")
    hasher.update(new_pw.encode())
    acct.password_digest = hasher.hexdigest()
    acct.save()
    return JsonResponse({"ok": True})
