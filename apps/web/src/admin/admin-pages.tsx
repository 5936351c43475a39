// Which admin page each /admin address shows.
import { Route, Switch } from 'wouter';
import { AdminPage } from './admin-frame';
import { adminPaths } from './admin-paths';
import { useAdminT } from './admin-t';
import { AdminMailPage } from './mail-page';
import { AdminOrganisationPage, AdminOrganisationsPage } from './organisations-page';
import { AdminPeoplePage } from './people-page';
import { AdminPersonPage } from './person-page';

export function AdminPages() {
  return (
    <Switch>
      <Route path={adminPaths.people}>
        <AdminPeoplePage />
      </Route>
      <Route path={adminPaths.person}>{({ id }) => <AdminPersonPage key={id} id={id} />}</Route>
      <Route path={adminPaths.organisations}>
        <AdminOrganisationsPage />
      </Route>
      <Route path={adminPaths.organisation}>{({ id }) => <AdminOrganisationPage key={id} id={id} />}</Route>
      <Route path={adminPaths.mail}>
        <AdminMailPage />
      </Route>
      <Route>
        <NoSuchAdminPage />
      </Route>
    </Switch>
  );
}

function NoSuchAdminPage() {
  const { t } = useAdminT();
  return <AdminPage title={t('admin.notFound.title')}>{() => <p>{t('admin.notFound.body')}</p>}</AdminPage>;
}
