from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_POST


@login_required
@require_POST
def switch_case(request, case_id):
    request.session["active_case"] = int(case_id)
    back = request.POST.get("return_to", "/cases/")
    if not url_has_allowed_host_and_scheme(back, allowed_hosts={request.get_host()}, require_https=True):
        back = "/cases/"
    return HttpResponseRedirect(back)
