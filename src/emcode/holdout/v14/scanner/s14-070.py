from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.views.decorators.csrf import csrf_exempt

from .models import Account


@csrf_exempt
@login_required
def change_email(request):
    if request.method != "POST":
        return JsonResponse({"error": "POST only"}, status=405)
    acct = Account.objects.get(user=request.user)
    acct.email = request.POST["email"]
    acct.save()
    return JsonResponse({"ok": True})
