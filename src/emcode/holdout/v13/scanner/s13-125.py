from django import forms
from django.contrib.auth.decorators import login_required
from django.shortcuts import render, redirect


class EmailForm(forms.Form):
    email = forms.EmailField()


@login_required
def change_email(request):
    form = EmailForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        request.user.email = form.cleaned_data["email"]
        request.user.save(update_fields=["email"])
        return redirect("profile")
    return render(request, "change_email.html", {"form": form})
