import { Component, Input } from "@angular/core";
import { DomSanitizer, SafeHtml, SafeResourceUrl, SecurityContext } from "@angular/platform-browser";

@Component({
  selector: "app-profile",
  template: `<div [innerHTML]="bioHtml"></div><iframe [src]="videoUrl"></iframe>`,
})
export class ProfileComponent {
  @Input() bio = "";
  @Input() videoId = "";
  bioHtml: SafeHtml = "";
  videoUrl: SafeResourceUrl = "";

  constructor(private sanitizer: DomSanitizer) {}

  ngOnChanges() {
    // ruleid: typescript.xss.angular-bypass-security-trust
    this.bioHtml = this.sanitizer.bypassSecurityTrustHtml(this.bio);
    // ruleid: typescript.xss.angular-bypass-security-trust
    this.videoUrl = this.sanitizer.bypassSecurityTrustResourceUrl("https://www.youtube.com/embed/" + this.videoId);
  }

  safeVersion() {
    // ok: typescript.xss.angular-bypass-security-trust
    this.bioHtml = this.sanitizer.bypassSecurityTrustHtml(this.sanitizer.sanitize(SecurityContext.HTML, this.bio) ?? "");
    // ok: typescript.xss.angular-bypass-security-trust
    this.bioHtml = this.sanitizer.bypassSecurityTrustHtml("<b>Welcome</b>");
  }
}
