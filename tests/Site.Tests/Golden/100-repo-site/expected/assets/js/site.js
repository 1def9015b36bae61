// site.js
