import hashlib

from django.http import JsonResponse

from .models import Staff


def staff_login(request):
    staff = Staff.objects.filter(badge=request.POST.get("badge")).first()
    given = hashlib.md5(request.POST.get("pin", "").encode()).hexdigest()
    if staff and staff.pin_hash == given:
        request.session["staff_id"] = staff.id
        return JsonResponse({"ok": True})
    return JsonResponse({"ok": False}, status=401)
