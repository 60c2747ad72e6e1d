from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect


@login_required
def switch_case(request, case_id):
    request.session["active_case"] = case_id
    back = request.GET.get("return_to", "/cases/")
    return HttpResponseRedirect(back)
