// A React 19 app's file, type-checked by test/tools/jsx-types.test.mjs against the generated
// dist/jsx/react.d.ts (@types/react 19): the JSX a portal writes must compile, and mistakes
// must not (each @ts-expect-error fails the test if the line compiles).
import type {} from 'motcua/react';
import type { DossierReceipt, GovDossierForm } from 'motcua';
import { useRef } from 'react';

export function Apply({ code, onDone }: { code: string; onDone: (receipt: DossierReceipt) => void }) {
  const form = useRef<GovDossierForm>(null);
  return (
    <gov-config api-base="/api/v1" locale="vi" getToken={() => 'token'} messages={{ vi: { 'common.retry': 'Tải lại' } }}>
      <gov-dossier-form
        ref={form}
        procedure={code}
        case="1.001"
        drafts="off"
        applicant={{ fullName: 'Nguyễn Văn An' }}
        ongov-dossier-submitted={(event) => {
          const receipt: DossierReceipt = event.detail;
          onDone(receipt);
          console.info(event.detail.code, event.detail.submittedAt);
        }}
        ongov-track-dossier={(event) => console.info(event.detail.code)}
      />
      <gov-status-tracker code="G22.99-250101-0001" refresh={30} ongov-dossier-status-change={(event) => console.info(event.detail.to)} />
      <gov-procedure-search sync-url="" page-size={10} ongov-procedure-select={(event) => console.info(event.detail.code)} />
      <gov-service-stats agency="UBND-TN" period="2025-Q3" ongov-stats-loaded={(event) => console.info(event.detail)} />
    </gov-config>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error the receipt has no `codes` */}
      <gov-dossier-form ongov-dossier-submitted={(event) => console.info(event.detail.codes)} />
      {/* @ts-expect-error getToken is a function, not a string */}
      <gov-config getToken="token" />
      {/* @ts-expect-error no such element */}
      <gov-dossier-forms />
    </>
  );
}
