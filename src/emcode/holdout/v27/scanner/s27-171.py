from django.shortcuts import redirect, render
from .forms import PermitForm


def apply(request):
    form = PermitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        permit = form.save()
        return redirect("permit-detail", pk=permit.pk)
    return render(request, "apply.html", {"form": form})
