from django.contrib.auth.decorators import login_required
from django.shortcuts import redirect, render

from .forms import InspectionForm


@login_required
def new_inspection(request):
    if request.method == "POST":
        form = InspectionForm(request.POST)
        if form.is_valid():
            inspection = form.save(commit=False)
            inspection.inspector = request.user
            inspection.save()
            return redirect("inspection-detail", pk=inspection.pk)
    else:
        form = InspectionForm()
    return render(request, "apiary/inspection_form.html", {"form": form})
