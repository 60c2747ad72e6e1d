from django.contrib.auth.decorators import login_required
from django.views.decorators.http import require_POST
from django.http import HttpResponseRedirect
from django.core.validators import validate_email


@require_POST
@login_required
def change_email(request):
    email = request.POST.get("email", "")
    validate_email(email)
    request.user.email = email
    request.user.save(update_fields=["email"])
    return HttpResponseRedirect("/settings/")
