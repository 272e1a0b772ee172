/**
 * DEMO EMULATOR SIGNING KEY — NOT A SECRET. Never used by WorkOS or by any real deployment.
 *
 * The local emulator signs AuthKit access tokens (RS256) with this fixed RSA-2048 private key, stored
 * as a JWK. It is committed on purpose: session cookies outlive emulator restarts, and a key that
 * changed on every start would make every existing session fail signature verification (AuthKit
 * notes §4.3), and CI machines would disagree about it. Anyone can mint tokens with it, which is
 * fine for a local stand-in and is exactly why it must never be trusted outside the emulator.
 */
export const DEMO_SIGNING_KEY_JWK = {
  kty: 'RSA',
  n: 'g4EqLjISyGAmemqYUmP0hXADe5Cf65GFfUP55ZNNUAckgFsAQJ1MRCv2YyI1N8HkY0AfCiINbdNbSiNvDGEn0OfF7-SdEPdd406HZ0fsbj48k21Kb9Y2AdXi-GHPZDEOvZ4KnOdx67K75tAgsMB8UUtVzNoxnXSugzjw9d3V8QAOcbu0F7_f41PNgA8EP5a5nqUM20jleoeWsHg0vOgF0qU6MmbBA3pPqDTPr1cvj_cp3QGY1sT-hbv_K-i3_vOFs5brZrjAQ9RzewnymfP4rZGs-PJTz6mHMrD15uRehB6QHvTiYKfUp0S_yFxI73TBgxO4y95hNkgqsA2PdkZUmQ',
  e: 'AQAB',
  d: 'By_LUUAmzcu6u-9wjiDMzPBmHFNhzf2uBNPEHS4GPbSk48fgCmfznPklwLKuo7KwC4AxAhHXgomYYFjx5Bm405OgZLUYJAR6HXvzQ0DHahnyymAgvzO-0AMIoag0wuYPHGvolWfCTnjTiIXAzPAOteGkWYA7fGj98t7ChRP1HHPJ3UJjGrv7zTodJht5wNu-zyDtC7Y_PKrIjVw3b3dxX1nLu1CWvTvv9C-gvWgg6TfoUYzOS_VvxgFfimkFKOo5GoXQlgWgF3LY1z_Vi1dHHOR-MWHh7UVwe4HAxLEVAnHjzk2n5mdXLC171i3vpCq77URmFTW3nYQeT3_JEAm1xQ',
  p: 'ubUu1pekaHhO0Rqi9_Qh_K6WuN_uxlLDPCxv-IA1JOj7l0eJOaFRMT4MDLtyuyBTjH2Ufl6LLlkL2JAEL8w4dP3XmhSenx8CZJrl5szzIoRPmtLDxXJieVCl1H8okb9aLGEWc4xr7JPqLJhoh320NXx-0UMYXZHzlGmOjYFLMNU',
  q: 'tUfE3v4k8k0ka7YdzABYjupqlIcFQjP1UsSjzqNiQiFD93p8pm9UWtJUrWlyAn0-nYxsgDc8nSyQfsd0FQeoDp0U7t-FiHbTny-rhvXrJxKWIJ7FCk5WKM3E2WJoSGLBgC57twWz22Md3cePCKtmrpvEIaq6MoOVU9vt58eAlrU',
  dp: 'UVqECFIqHfIGZShMGF-EvBMnyBmhmpQLH0NAUhaoMWE3RlB6VxrKXM4XrUQ4wK0qrLMe6DU2t7kerWJ50w6d9PJ3DvLVglOtUrFg4bkLEiXwUZzfUpIHfanM28hQ13iCYkqt8TSk2uD5h0vFDwYMehnt3HKOK_-SO4P6hRcM_3k',
  dq: 'BCkBe5yZfHYIv_AN_wCDB8SZbY8rr7lBiAS7PaLCPoJE7QkCk086wFrTVqd01lnJdhQi6U5bNcAwELjDETh7wtoYAONgTSFs-do-NXqvStZCW71JCFOD5qvSOKrpeb_KcQagEDMxTXeY194cijZkxN0OQzeHzmD2rFX_v7H0YYE',
  qi: 'hSyzgSVLlCyDFRojzhmjnw9fwsnt36SggMDr2H4qAusQXCBPEd0R-e6sanODuGRxfs9mSRTMyk1fohAojzit827zxMorYBf6tOlvFstsCtqC4R41fHV-jmZgSgVS99fGdA8m1hSkjQ-srAEwMV22WuLecOjpV4p3ltgY1WgAbIk',
} as const;
