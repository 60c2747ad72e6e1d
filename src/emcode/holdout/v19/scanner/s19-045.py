from django.views.decorators.csrf import csrf_exempt
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect


@csrf_exempt
@login_required
def change_email(request):
    if request.method == "POST":
        request.user.email = request.POST["email"]
        request.user.save(update_fields=["email"])
    return HttpResponseRedirect("/settings/")
